import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.feature_selection import SelectFromModel
from sklearn.model_selection import train_test_split
from xgboost import XGBClassifier

table = pd.read_csv("otto_group_products.csv")
features = table.drop(columns=["target_class"])
labels = table["target_class"]
f_tr, f_te, l_tr, l_te = train_test_split(features, labels, test_size=0.2, stratify=labels, random_state=0)

ranker = RandomForestClassifier(n_estimators=500, n_jobs=-1, random_state=0).fit(f_tr, l_tr)
picker = SelectFromModel(ranker, prefit=True, threshold="1.25*median")
kept = f_tr.columns[picker.get_support()]
boost = XGBClassifier(n_estimators=400, learning_rate=0.05).fit(f_tr[kept], l_tr)
print(boost.score(f_te[kept], l_te))
