"""Recreate demo.db (python examples/sql_demo/make_db.py)."""

import sqlite3
from pathlib import Path

ROWS = [
    (1, "setosa", 5.1, 3.5, 1.4, "2024-01-01"), (2, "setosa", 4.9, 3.0, 1.4, "2024-01-02"),
    (3, "versicolor", 7.0, 3.2, 4.7, "2024-01-03"), (4, "versicolor", 6.4, 3.2, 4.5, "2024-01-04"),
    (5, "virginica", 6.3, 3.3, 6.0, "2024-01-05"), (6, "virginica", 5.8, 2.7, 5.1, "2024-01-06"),
]
path = Path(__file__).with_name("demo.db")
path.unlink(missing_ok=True)
db = sqlite3.connect(path)
db.execute("create table my_table (id integer primary key, species text, sepal_length real, "
           "sepal_width real, petal_length real, measured text)")
db.executemany("insert into my_table values (?, ?, ?, ?, ?, ?)", ROWS)
db.commit()
db.close()
