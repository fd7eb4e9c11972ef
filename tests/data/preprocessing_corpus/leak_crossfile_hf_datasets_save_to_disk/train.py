from datasets import load_from_disk
from sklearn.linear_model import LogisticRegression

ds = load_from_disk("processed/sensors")
splits = ds.train_test_split(test_size=0.2, seed=0)
train, test = splits["train"], splits["test"]
clf = LogisticRegression().fit([[r] for r in train["reading"]], train["label"])
print(clf.score([[r] for r in test["reading"]], test["label"]))
