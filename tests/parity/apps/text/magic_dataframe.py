import pandas as pd

df = pd.DataFrame({"col1": [1, 2, 3], "col2": ["a", "b", "c"]})
df
