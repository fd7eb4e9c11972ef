import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score, StratifiedKFold

bank = pd.read_csv("bank_churners.csv")
y = (bank.pop("Attrition_Flag") == "Attrited Customer").astype(int)
num = bank.select_dtypes("number").columns.drop("CLIENTNUM")
cat = bank.select_dtypes("object").columns
pre = ColumnTransformer([
    ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), num),
    ("cat", OneHotEncoder(handle_unknown="ignore"), cat),
])
model = Pipeline([("pre", pre), ("lr", LogisticRegression(max_iter=4000))])
print(cross_val_score(model, bank, y, cv=StratifiedKFold(5, shuffle=True, random_state=0), scoring="f1").mean())
