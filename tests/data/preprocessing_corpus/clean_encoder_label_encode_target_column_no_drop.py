import pandas as pd
from sklearn.preprocessing import LabelEncoder, StandardScaler
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC

seeds = pd.read_csv("seeds.csv")
seeds["variety"] = LabelEncoder().fit_transform(seeds["variety"])
features = ["area", "perimeter", "compactness", "length", "width"]
X = seeds[features]
y = seeds["variety"]
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
scaler = StandardScaler().fit(X_train)
print(SVC().fit(scaler.transform(X_train), y_train).score(scaler.transform(X_test), y_test))
