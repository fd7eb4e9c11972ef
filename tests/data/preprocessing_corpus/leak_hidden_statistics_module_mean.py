import csv
import statistics

from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier

with open("blood_donation.csv") as fh:
    rows = list(csv.DictReader(fh))
recency = [float(r["recency"]) for r in rows]
frequency = [float(r["frequency"]) for r in rows]
mu_r, sd_r = statistics.mean(recency), statistics.stdev(recency)
features = [[(r - mu_r) / sd_r, f] for r, f in zip(recency, frequency)]
labels = [int(r["donated"]) for r in rows]
X_train, X_test, y_train, y_test = train_test_split(features, labels, test_size=0.25, random_state=0)
print(DecisionTreeClassifier(max_depth=4).fit(X_train, y_train).score(X_test, y_test))
