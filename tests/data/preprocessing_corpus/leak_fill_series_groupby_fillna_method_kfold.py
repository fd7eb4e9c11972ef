import pandas as pd
from sklearn.model_selection import KFold, cross_val_score
from sklearn.linear_model import Ridge

panel = pd.read_csv("country_panel.csv").sort_values(["country", "year"])
panel["gdp"] = panel.groupby("country")["gdp"].fillna(method="bfill")
panel = panel.dropna(subset=["gdp"])
X, y = panel[["gdp", "population"]], panel["co2"]
print(cross_val_score(Ridge(), X, y, cv=KFold(5, shuffle=True, random_state=0)).mean())
