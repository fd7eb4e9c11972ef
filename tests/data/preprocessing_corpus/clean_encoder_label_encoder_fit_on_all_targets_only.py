import pandas as pd
from sklearn.preprocessing import LabelEncoder
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier

reviews = pd.read_csv("reviews_features.csv")
le = LabelEncoder().fit(reviews["sentiment"])
train, test = train_test_split(reviews, test_size=0.25, random_state=0)
y_train, y_test = le.transform(train["sentiment"]), le.transform(test["sentiment"])
cols = ["length", "exclamations", "caps_ratio"]
print(RandomForestClassifier().fit(train[cols], y_train).score(test[cols], y_test))
