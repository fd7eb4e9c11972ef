import pyarrow.parquet as pq
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import train_test_split

claims = pq.read_table("claims_features.parquet").to_pandas()
X = claims[["claim_amount", "premium", "deductible"]]
y = claims["fraud"]
X_train, X_test, y_train, y_test = train_test_split(X, y, stratify=y, random_state=0)
hgb = HistGradientBoostingClassifier().fit(X_train, y_train)
print(hgb.score(X_test, y_test))
