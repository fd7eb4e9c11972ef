import joblib
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler
from sklearn.ensemble import GradientBoostingClassifier

df = pd.read_csv("data/water_potability.csv")
X_train, X_test, y_train, y_test = train_test_split(df.drop(columns="Potability"), df["Potability"], test_size=0.2, random_state=0)
pipe = Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler()), ("gb", GradientBoostingClassifier())])
pipe.fit(X_train, y_train)
print("held-out accuracy", pipe.score(X_test, y_test))
joblib.dump(pipe, "models/potability.joblib")
