import json
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

with open("app_events.jsonl") as fh:
    events = [json.loads(line) for line in fh]
records = [{k: v for k, v in e.items() if k != "converted"} for e in events]
labels = [e["converted"] for e in events]
r_tr, r_te, y_tr, y_te = train_test_split(records, labels, test_size=0.2, random_state=0)
dv = DictVectorizer().fit(r_tr)
print(LogisticRegression(max_iter=1000).fit(dv.transform(r_tr), y_tr).score(dv.transform(r_te), y_te))
