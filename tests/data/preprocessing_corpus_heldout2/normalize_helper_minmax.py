import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier


def normalize(frame):
    return (frame - frame.min()) / (frame.max() - frame.min())


def load():
    df = pd.read_csv("glass.csv")
    return df.drop(columns="Type"), df["Type"]


features, labels = load()
features = normalize(features)
X_train, X_test, y_train, y_test = train_test_split(features, labels, test_size=0.2, random_state=1)
mlp = MLPClassifier(hidden_layer_sizes=(32,), max_iter=2000, random_state=1).fit(X_train, y_train)
print("test accuracy", mlp.score(X_test, y_test))
