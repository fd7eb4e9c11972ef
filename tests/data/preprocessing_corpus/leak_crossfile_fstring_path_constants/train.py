import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC

frame = pd.read_csv("data/bearing_scaled.csv")
features = [c for c in frame.columns if c.startswith("ch")]
X_train, X_test, y_train, y_test = train_test_split(frame[features], frame["fault"], test_size=0.3)
print(SVC().fit(X_train, y_train).score(X_test, y_test))
