import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

def main():
    df = pd.read_hdf("processed/loans.h5", "loans")
    y = df.pop("defaulted")
    X_train, X_test, y_train, y_test = train_test_split(df, y, test_size=0.2, random_state=0)
    clf = LogisticRegression(max_iter=500).fit(X_train, y_train)
    print(clf.score(X_test, y_test))

if __name__ == "__main__":
    main()
