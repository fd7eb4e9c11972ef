import pandas as pd
from sklearn.pipeline import Pipeline
from sklearn.impute import KNNImputer
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC

kidney = pd.read_csv("kidney_disease.csv")
num_cols = ["age", "bp", "bgr", "bu", "sc", "hemo", "pcv", "wc", "rc"]
preprocess = Pipeline(steps=[("knn", KNNImputer(n_neighbors=5)), ("scale", StandardScaler())]).set_output(transform="pandas")
X = preprocess.fit_transform(kidney[num_cols])
y = kidney["classification"].str.strip() == "ckd"
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=21)
print(SVC().fit(X_train, y_train).score(X_test, y_test))
