import pandas as pd
from catboost import CatBoostClassifier
from sklearn.model_selection import train_test_split

churn = pd.read_csv("telco_churn.csv")
churn["TotalCharges"] = pd.to_numeric(churn["TotalCharges"], errors="coerce")
num_cols = [c for c in churn.columns if churn[c].dtype != object]
churn = churn.fillna({c: churn[c].median() for c in num_cols})
train_df, valid_df = train_test_split(churn, test_size=0.2, stratify=churn["Churn"], random_state=8)
model = CatBoostClassifier(verbose=0).fit(train_df[num_cols], train_df["Churn"])
print(model.score(valid_df[num_cols], valid_df["Churn"]))
