# %%
import pandas as pd
from sklearn.experimental import enable_iterative_imputer  # noqa: F401
from sklearn.impute import IterativeImputer
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import cross_val_score

# %%
pima = pd.read_csv("diabetes.csv")
zero_is_missing = ["Glucose", "BloodPressure", "SkinThickness", "Insulin", "BMI"]
pima[zero_is_missing] = pima[zero_is_missing].replace(0, float("nan"))

# %%
imputer = IterativeImputer(max_iter=10, random_state=0)
pima[zero_is_missing] = imputer.fit_transform(pima[zero_is_missing])

# %%
X, y = pima.drop(columns="Outcome"), pima["Outcome"]
print(cross_val_score(RandomForestClassifier(n_estimators=300), X, y, cv=10).mean())
