# Fit, evaluate on the held-out quarter, and store the whole pipeline.
import joblib
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.neighbors import KNeighborsClassifier

df = pd.read_csv("penguins.csv").dropna()
cols = ["bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g"]
X_train, X_test, y_train, y_test = train_test_split(df[cols], df["species"], test_size=0.25, random_state=0)
pipe = make_pipeline(StandardScaler(), KNeighborsClassifier(n_neighbors=7)).fit(X_train, y_train)
print("test accuracy", pipe.score(X_test, y_test))
joblib.dump(pipe, "penguin_model.joblib")
