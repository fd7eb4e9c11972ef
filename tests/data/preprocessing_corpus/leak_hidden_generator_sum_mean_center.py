import pandas as pd
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import train_test_split

salary = pd.read_csv("salary.csv")
avg_years = sum(v for v in salary["YearsExperience"]) / len(salary)
salary["years_centered"] = salary["YearsExperience"] - avg_years
X_train, X_test, y_train, y_test = train_test_split(salary[["years_centered"]], salary["Salary"], test_size=1 / 3)
print(LinearRegression().fit(X_train, y_train).score(X_test, y_test))
