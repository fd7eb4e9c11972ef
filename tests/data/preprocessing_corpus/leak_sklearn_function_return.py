import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler


def load_and_prepare(path):
    df = pd.read_csv(path)
    df = df.dropna()
    y = df.pop("churn")
    X = StandardScaler().fit_transform(df)
    return X, y


def main():
    X, y = load_and_prepare("churn.csv")
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25)
    rf = RandomForestClassifier().fit(X_train, y_train)
    print(rf.score(X_test, y_test))


if __name__ == "__main__":
    main()
