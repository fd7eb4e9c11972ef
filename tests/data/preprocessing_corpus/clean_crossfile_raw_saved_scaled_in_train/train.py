import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

wine = pd.read_parquet("wine.parquet")
X_train, X_test, y_train, y_test = train_test_split(wine.drop(columns="quality"), wine["quality"])
scaler = StandardScaler().fit(X_train)
print(SVC().fit(scaler.transform(X_train), y_train).score(scaler.transform(X_test), y_test))
