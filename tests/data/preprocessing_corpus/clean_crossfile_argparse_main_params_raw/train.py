import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

df = pd.read_csv("data/diabetes_valid.csv")
X_train, X_test, y_train, y_test = train_test_split(df.drop(columns="outcome"), df["outcome"], test_size=0.25)
print(make_pipeline(StandardScaler(), SVC()).fit(X_train, y_train).score(X_test, y_test))
