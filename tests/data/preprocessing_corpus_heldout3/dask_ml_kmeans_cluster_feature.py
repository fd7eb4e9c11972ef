import dask.array as da
import dask.dataframe as dd
from dask_ml.cluster import KMeans
from dask_ml.model_selection import train_test_split
from dask_ml.linear_model import LogisticRegression

clicks = dd.read_csv("criteo_sample_*.csv")
dense = [f"I{i}" for i in range(1, 14)]
clicks = clicks.fillna(0)
X = clicks[dense].to_dask_array(lengths=True)
y = clicks["label"].to_dask_array(lengths=True)
km = KMeans(n_clusters=16, random_state=0).fit(X)
groups = km.predict(X).reshape(-1, 1)
X_aug = da.hstack([X, groups])

X_tr, X_te, y_tr, y_te = train_test_split(X_aug, y, test_size=0.2, random_state=0)
clf = LogisticRegression().fit(X_tr, y_tr)
print(clf.score(X_te, y_te))
