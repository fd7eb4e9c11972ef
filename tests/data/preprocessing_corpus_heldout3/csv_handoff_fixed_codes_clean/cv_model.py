import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.model_selection import StratifiedKFold, cross_val_score

df = pd.read_csv("claims_encoded.csv")
X, y = df[["fuel_type", "segment", "age_of_car", "policy_tenure"]], df["is_claim"]
print(cross_val_score(LGBMClassifier(), X, y, cv=StratifiedKFold(5, shuffle=True, random_state=0), scoring="roc_auc").mean())
