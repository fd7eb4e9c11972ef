import pandas as pd
from sklearn.preprocessing import LabelEncoder
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingClassifier

iris = pd.read_csv("iris.csv")
target_encoder = LabelEncoder()
y = target_encoder.fit_transform(iris["species"])
X = iris.drop(columns="species")

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=0)
gbc = GradientBoostingClassifier().fit(X_train, y_train)
pred = target_encoder.inverse_transform(gbc.predict(X_test))
print(pred[:10])
print("accuracy", gbc.score(X_test, y_test))
