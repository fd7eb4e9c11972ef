import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression

df = pd.read_csv("heart.csv")
df = df[df["chol"].notnull() & (df["age"] >= 18)]
adults = df.query("trestbps > 0")
X_train, X_test, y_train, y_test = train_test_split(adults.drop(columns="target"), adults["target"], test_size=0.25)
scaler = StandardScaler().fit(X_train)
print(LogisticRegression().fit(scaler.transform(X_train), y_train).score(scaler.transform(X_test), y_test))
