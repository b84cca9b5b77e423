import streamlit as st
import streamlit.components.v1 as components

st.latex(r"\int_0^1 x^2\,dx = \frac{1}{3}")
st.markdown("Inline math: $x^2$ and a price of $5 stays text.")
components.html(
    """<p id="inside">waiting</p>
<script>
  document.getElementById("inside").textContent = "script ran";
  let reached;
  try { reached = window.parent.document.title; reached = "REACHED PARENT"; }
  catch (e) { reached = "blocked: " + e.name; }
  document.getElementById("inside").setAttribute("data-parent", reached);
</script>""",
    height=222,
)
st.write("done")
