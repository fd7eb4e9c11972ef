import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

adult = pd.read_csv("adult.csv")
upper_quartile = adult["hours_per_week"].quantile(0.75)


def workload(hours):
    if hours > upper_quartile:
        return 2
    return 1 if hours >= 35 else 0


adult["workload"] = adult["hours_per_week"].apply(workload)
X = adult[["age", "education_num", "workload"]]
y = (adult["income"] == ">50K").astype(int)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=0)
print(LogisticRegression().fit(X_train, y_train).score(X_test, y_test))
