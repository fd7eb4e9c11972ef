import pandas as pd
from sklearn.impute import SimpleImputer
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import PowerTransformer
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier

df = pd.read_csv("cells.csv")
y = df.pop("malignant")
prep = make_pipeline(SimpleImputer(strategy="median"), PowerTransformer())
X = prep.fit_transform(df)
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
print(KNeighborsClassifier().fit(X_train, y_train).score(X_test, y_test))
