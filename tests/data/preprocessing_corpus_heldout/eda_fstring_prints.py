import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression

df = pd.read_csv("water_potability.csv")
for col in df.columns:
    print(f"{col:>16}: mean={df[col].mean():8.3f} std={df[col].std():8.3f} missing={df[col].isna().mean():.1%}")

df = df.dropna()
X, y = df.drop(columns="Potability"), df["Potability"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0, stratify=y)
scaler = StandardScaler().fit(X_train)
clf = LogisticRegression().fit(scaler.transform(X_train), y_train)
print(f"accuracy {clf.score(scaler.transform(X_test), y_test):.3f}")
