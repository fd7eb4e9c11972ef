import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier

spend = pd.read_csv("monthly_spend.csv")
categories = ["food", "rent", "travel", "leisure"]
# share of each category in a customer's own total
spend[categories] = spend[categories].div(spend[categories].sum(axis=1), axis=0)
spend["mean_spend"] = spend[categories].mean(axis=1)

X_train, X_test, y_train, y_test = train_test_split(spend[categories + ["mean_spend"]], spend["segment"])
print(RandomForestClassifier().fit(X_train, y_train).score(X_test, y_test))
