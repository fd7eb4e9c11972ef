import pandas as pd

df = pd.read_csv("data/obesity_levels.csv")
summary = df.describe(include="all").T
with open("reports/data_profile.md", "w") as f:
    f.write("# Data profile\n\n")
    f.write(summary.to_markdown())
    f.write(f"\n\nRows: {len(df)}, missing cells: {int(df.isna().sum().sum())}\n")
