import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.preprocessing import StandardScaler

df = pd.read_csv("churn.csv")
X, y = df.drop(columns="churned"), df["churned"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=7)
scaler = StandardScaler()
X_train = scaler.fit_transform(X_train)
X_test = scaler.transform(X_test)
# early stopping holds out 10% of the training part to pick the epoch; the test part gives the figure
clf = MLPClassifier(hidden_layer_sizes=(64, 32), early_stopping=True, validation_fraction=0.1)
clf.fit(X_train, y_train)
print("test accuracy", clf.score(X_test, y_test))
