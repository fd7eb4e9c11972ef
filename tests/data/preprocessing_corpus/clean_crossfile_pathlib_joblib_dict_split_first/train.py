from pathlib import Path

import joblib
from sklearn.impute import SimpleImputer
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import RobustScaler
from sklearn.svm import SVC

bundle = joblib.load(Path("data") / "processed" / "arrays.joblib")
model = make_pipeline(SimpleImputer(strategy="median"), RobustScaler(), SVC(C=3.0))
model.fit(bundle["X_train"], bundle["y_train"])
print(model.score(bundle["X_test"], bundle["y_test"]))
