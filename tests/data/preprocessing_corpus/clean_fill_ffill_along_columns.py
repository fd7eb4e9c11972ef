import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

survey = pd.read_csv("survey_answers.csv")
answers = survey.drop(columns="churn").ffill(axis=1)
X_train, X_test, y_train, y_test = train_test_split(answers, survey["churn"], random_state=3)
print(LogisticRegression().fit(X_train, y_train).score(X_test, y_test))
