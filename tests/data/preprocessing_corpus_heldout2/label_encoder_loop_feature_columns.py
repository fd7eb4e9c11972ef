import pandas as pd
from sklearn import preprocessing
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier

mush = pd.read_csv("mushrooms.csv")
target = (mush.pop("class") == "p").astype(int)

le = preprocessing.LabelEncoder()
for col in mush.columns:
    mush[col] = le.fit_transform(mush[col])

X_train, X_test, y_train, y_test = train_test_split(mush, target, test_size=0.3, random_state=101)
rfc = RandomForestClassifier(n_estimators=100)
rfc.fit(X_train, y_train)
print("Accuracy:", rfc.score(X_test, y_test))
print("train rows", len(X_train), "test rows", len(X_test))
