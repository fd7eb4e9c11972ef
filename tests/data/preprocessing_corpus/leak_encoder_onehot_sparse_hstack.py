import pandas as pd
from scipy import sparse
from sklearn.preprocessing import OneHotEncoder
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

clicks = pd.read_csv("ad_clicks.csv")
cat_cols = ["site_id", "app_id", "device_model"]
ohe = OneHotEncoder(handle_unknown="ignore")
X_cat = ohe.fit_transform(clicks[cat_cols])
X = sparse.hstack([X_cat, sparse.csr_matrix(clicks[["hour", "banner_pos"]].values)]).tocsr()
y = clicks["click"].values
X_tr, X_va, y_tr, y_va = train_test_split(X, y, test_size=0.1, random_state=2)
print(LogisticRegression(max_iter=200).fit(X_tr, y_tr).score(X_va, y_va))
