"""The allow list of SQL functions an app query may call (issue 12: a deny list always
misses one — ``pg_advisory_lock_shared``, ``pg_switch_wal``, ``pg_file_write``…).

Only pure scalar, aggregate and window functions: no locks, no sleeps, no file or
network access, no sequence or session changes, no server administration. sqlglot parses
the functions it knows into typed nodes (identified here by class name, the same for
every dialect); the others stay ``Anonymous`` and are identified by their lowercase name,
per dialect. Anything else is refused, naming the function.

Byte bombs (``repeat(x, 1e9)``, ``lpad``, ``space``) are allowed only with a literal
count of at most :data:`MAX_LITERAL_COUNT`; the database's own limits, the endpoint's
``max_value_bytes`` and the statement timeout bound everything else at run time.
"""

from __future__ import annotations

# sqlglot expression classes (``type(node).__name__``) that are pure and cheap.
TYPED = frozenset("""
Abs Acos Asin Atan Atan2 Ceil Cos Cot Degrees Exp Floor Ln Log Pi Pow Radians Round Sign Sin Sqrt Tan Trunc
And Or Xor Not Case If Coalesce Nullif Greatest Least Cast TryCast Collate Exists Array Nvl2 EqualNull
Lower Upper Length ByteLength BitLength Substring Left Right Trim Replace Reverse Concat ConcatWs StrPosition
Initcap Ascii Chr Translate SplitPart Overlay StartsWith EndsWith Contains Format RegexpLike RegexpILike
RegexpReplace RegexpExtract RegexpSplit RegexpCount RegexpInstr RegexpSubstr SubstringIndex Unicode
Hex Unhex LowerHex MD5 SHA SHA2 ToBase64 FromBase64 NumberToStr ToChar ToNumber Repeat Pad Space
Count CountIf Sum Avg Min Max Stddev StddevPop StddevSamp Variance VariancePop CovarPop CovarSamp Corr Median
GroupConcat ArrayAgg AnyValue LogicalAnd LogicalOr BitwiseAndAgg BitwiseOrAgg BitwiseXorAgg ApproxDistinct
PercentileCont PercentileDisc Quantile Mode Grouping GroupingId First Last
RowNumber Rank DenseRank PercentRank CumeDist Ntile Lag Lead FirstValue LastValue NthValue
Extract Date Time Timestamp Datetime DateAdd DateSub DateDiff DateTrunc TimestampTrunc DatetimeTrunc TimeTrunc
TimestampAdd TimestampSub TimestampDiff DatetimeAdd DatetimeSub DatetimeDiff TimeAdd TimeSub TimeDiff
CurrentDate CurrentTime CurrentTimestamp CurrentDatetime Localtime Localtimestamp UtcDate UtcTime UtcTimestamp
Year Quarter Month Week WeekOfYear Day DayOfMonth DayOfWeek DayOfWeekIso DayOfYear Hour Minute Second
Dayname Monthname LastDay AddMonths MonthsBetween MakeInterval JustifyDays JustifyHours JustifyInterval
TimeToStr StrToTime StrToDate TimeStrToTime TimeStrToDate TimeStrToUnix TimeToUnix UnixToTime UnixToStr
UnixToTimeStr DateStrToDate DateToDateStr TsOrDsToDate TsOrDsToTimestamp TsOrDsToDatetime TsOrDsToTime
TsOrDsToDateStr TsOrDsAdd TsOrDsDiff TimeToTimeStr UnixDate UnixSeconds UnixMillis UnixMicros
GenerateSeries ExplodingGenerateSeries Unnest Explode ArraySize ArrayContains ArrayToString StringToArray
JSONExtract JSONExtractScalar JSONBExtract JSONBExtractScalar JSONArrayContains JSONBContains JSONType
JSONObject JSONArray JSONArrayAgg JSONObjectAgg JSONBObjectAgg JSONFormat ParseJSON JSONKeys JSONBExists
WidthBucket
""".split())

# Functions sqlglot does not know (``Anonymous``), per dialect, lowercase.
ANONYMOUS: dict[str | None, frozenset[str]] = {
    "postgres": frozenset("""
        date_part age btrim strpos char_length character_length octet_length to_date to_timestamp
        array_length cardinality array_position json_array_length jsonb_array_length json_typeof jsonb_typeof
        jsonb_build_object json_build_object jsonb_build_array json_build_array to_json to_jsonb
        mod div power ceiling cbrt trim_scale scale width_bucket string_agg bool_and bool_or every
        regexp_match regexp_matches quote_ident quote_literal isfinite date_bin make_date make_timestamp
        """.split()),
    "mysql": frozenset("""
        date_format str_to_date ifnull field find_in_set locate instr datediff timestampdiff from_unixtime
        unix_timestamp curdate curtime weekday yearweek makedate maketime sec_to_time time_to_sec
        char_length character_length octet_length conv mod truncate ceiling power lcase ucase mid
        now sysdate utc_timestamp utc_date current_timestamp current_date
        json_unquote json_length json_keys json_contains json_value bit_count elt format
        """.split()),
    "sqlite": frozenset("""
        printf format instr unicode char hex quote total julianday unixepoch date time datetime strftime
        ifnull iif likelihood likely unlikely typeof glob like substr mod power sign json json_array_length
        json_type json_valid json_quote json_group_array json_group_object total_changes_never
        """.split()) - {"total_changes_never"},
}
#: Used when the connection's dialect is unknown (the build has no secrets): only the typed list.
ANONYMOUS[None] = frozenset()

# Typed nodes whose count argument can build a huge value: (class, argument name).
BOMBS = {"Repeat": "times", "Pad": "expression", "Space": "this"}
MAX_LITERAL_COUNT = 1 << 20


def function_name(node) -> str:  # noqa: ANN001 (a sqlglot expression)
    """What to call the function in a message: its name as written when sqlglot keeps it."""
    from sqlglot import exp

    if isinstance(node, exp.Anonymous):
        return str(node.name).lower()
    try:
        return node.sql_name().lower()
    except Exception:
        return type(node).__name__.lower()


def refusal(node, dialect: str | None) -> str | None:  # noqa: ANN001
    """None when ``node`` (an ``exp.Func``) may run, else why not."""
    from sqlglot import exp

    if isinstance(node, exp.Anonymous):
        name = str(node.name).lower()
        if name in ANONYMOUS.get(dialect, frozenset()):
            return None
        return f"function {name.upper()}() is not on the endpoint's allow list of functions"
    cls = type(node).__name__
    if cls not in TYPED:
        return f"function {function_name(node).upper()}() is not on the endpoint's allow list of functions"
    if cls in BOMBS:
        count = node.args.get(BOMBS[cls])
        value = _int_literal(count)
        if value is None or value > MAX_LITERAL_COUNT:
            return (f"{function_name(node).upper()}() needs a literal count of at most {MAX_LITERAL_COUNT} "
                    "(a larger or parameter count can build an unbounded value)")
    return None


def _int_literal(node) -> int | None:  # noqa: ANN001
    from sqlglot import exp

    if isinstance(node, exp.Literal) and not node.is_string:
        try:
            return int(float(node.this))
        except (TypeError, ValueError, OverflowError):
            return None
    return None
