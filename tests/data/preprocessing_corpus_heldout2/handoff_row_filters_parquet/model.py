import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression

df = pd.read_parquet("data/clean/cardio.parquet")
cols = ["age_years", "log_bmi", "ap_hi", "ap_lo", "cholesterol", "gluc"]
X_train, X_test, y_train, y_test = train_test_split(df[cols], df["cardio"], test_size=0.2, random_state=1)
pipe = make_pipeline(StandardScaler(), LogisticRegression()).fit(X_train, y_train)
print(pipe.score(X_test, y_test))
