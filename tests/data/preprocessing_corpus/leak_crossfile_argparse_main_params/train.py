import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC

df = pd.read_csv("data/diabetes_scaled.csv")
X_train, X_test, y_train, y_test = train_test_split(df.drop(columns="outcome"), df["outcome"], test_size=0.25)
print(SVC().fit(X_train, y_train).score(X_test, y_test))
