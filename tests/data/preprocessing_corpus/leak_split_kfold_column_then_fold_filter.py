import pandas as pd
from sklearn.model_selection import StratifiedKFold
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression

df = pd.read_csv("train_folds_source.csv")
features = [c for c in df.columns if c.startswith("f_")]
df[features] = StandardScaler().fit_transform(df[features])
df["kfold"] = -1
skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=42)
for fold, (_, valid_idx) in enumerate(skf.split(df, df["target"])):
    df.loc[valid_idx, "kfold"] = fold
for fold in range(5):
    df_train = df[df.kfold != fold]
    df_valid = df[df.kfold == fold]
    model = LogisticRegression().fit(df_train[features], df_train["target"])
    print(fold, model.score(df_valid[features], df_valid["target"]))
