import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier


def normalize(frame, ref):
    return (frame - ref.min()) / (ref.max() - ref.min())


glass = pd.read_csv("glass.csv")
X, y = glass.drop(columns="Type"), glass["Type"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=1, stratify=y)
X_test = normalize(X_test, X_train)
X_train = normalize(X_train, X_train)

mlp = MLPClassifier(hidden_layer_sizes=(32,), max_iter=2000, random_state=1).fit(X_train, y_train)
print(mlp.score(X_test, y_test))
