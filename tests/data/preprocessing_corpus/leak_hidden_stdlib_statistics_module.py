import statistics

import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

ads = pd.read_csv("social_network_ads.csv")
salary_mean = statistics.mean(ads["EstimatedSalary"])
salary_sd = statistics.stdev(ads["EstimatedSalary"])
ads["salary_z"] = (ads["EstimatedSalary"] - salary_mean) / salary_sd
X_train, X_test, y_train, y_test = train_test_split(ads[["Age", "salary_z"]], ads["Purchased"], test_size=0.25)
print(LogisticRegression().fit(X_train, y_train).score(X_test, y_test))
