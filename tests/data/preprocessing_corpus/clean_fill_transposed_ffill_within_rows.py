import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

survey = pd.read_csv("survey_waves.csv", index_col="respondent")
waves = ["w1_income", "w2_income", "w3_income", "w4_income"]
survey[waves] = survey[waves].T.ffill().T
X_train, X_test, y_train, y_test = train_test_split(survey[waves], survey["moved"], test_size=0.2)
print(LogisticRegression().fit(X_train, y_train).score(X_test, y_test))
