import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import recall_score

df = pd.read_parquet("balanced.parquet")
X_tr, X_te, y_tr, y_te = train_test_split(df.drop(columns="fraud"), df["fraud"], test_size=0.3, random_state=7)
rf = RandomForestClassifier(n_estimators=300).fit(X_tr, y_tr)
print(recall_score(y_te, rf.predict(X_te)))
