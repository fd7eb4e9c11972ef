import pandas as pd
from sklearn.preprocessing import LabelEncoder
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier

adult = pd.read_csv("adult.csv")
categorical = ["workclass", "education", "marital_status", "occupation", "relationship", "race", "sex"]
for col in categorical:
    le = LabelEncoder()
    adult[col] = le.fit_transform(adult[col])
X = adult.drop(columns="income")
y = adult["income"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)
print(RandomForestClassifier().fit(X_train, y_train).score(X_test, y_test))
