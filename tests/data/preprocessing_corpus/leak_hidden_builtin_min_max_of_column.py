import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.svm import LinearSVR

flats = pd.read_csv("flats.csv")
lo, hi = min(flats["area"]), max(flats["area"])
flats["area"] = [(a - lo) / (hi - lo) for a in flats["area"]]
X_train, X_test, y_train, y_test = train_test_split(flats[["area", "rooms"]], flats["price"], test_size=0.2)
print(LinearSVR().fit(X_train, y_train).score(X_test, y_test))
