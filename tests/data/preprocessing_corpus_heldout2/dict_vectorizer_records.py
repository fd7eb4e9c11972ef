from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import SGDClassifier
from sklearn.model_selection import train_test_split
import pandas as pd

clicks = pd.read_csv("ad_clicks_sample.csv", dtype=str)
y = clicks.pop("click").astype(int).values
records = clicks[["site_id", "app_id", "device_model", "banner_pos", "hour_of_day"]].to_dict(orient="records")

dv = DictVectorizer(sparse=True)
X = dv.fit_transform(records)
print(X.shape[1], "one-hot columns")

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=2)
sgd = SGDClassifier(loss="log_loss", alpha=1e-5).fit(X_tr, y_tr)
print(sgd.score(X_te, y_te))
