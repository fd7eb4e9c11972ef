import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import OneHotEncoder
from sklearn.naive_bayes import BernoulliNB

mushrooms = pd.read_csv("mushrooms.csv")
y = (mushrooms.pop("class") == "p").astype(int)
enc = OneHotEncoder(handle_unknown="ignore")
X = enc.fit_transform(mushrooms)
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
print(BernoulliNB().fit(X_train, y_train).score(X_test, y_test))
