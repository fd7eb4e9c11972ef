import pandas as pd
from sklearn.preprocessing import OneHotEncoder
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier

# the categories come from the survey's codebook, not from the answers
CODEBOOK = {
    "region": ["north", "south", "east", "west"],
    "housing": ["own", "rent", "free"],
    "education": ["primary", "secondary", "tertiary", "unknown"],
}

survey = pd.read_csv("survey_answers.csv")
cols = list(CODEBOOK)
encoder = OneHotEncoder(categories=[CODEBOOK[c] for c in cols], handle_unknown="ignore", sparse_output=False)
onehot = pd.DataFrame(encoder.fit_transform(survey[cols]), index=survey.index)
X = pd.concat([survey[["age", "income"]], onehot], axis=1)
X.columns = X.columns.astype(str)

X_train, X_test, y_train, y_test = train_test_split(X, survey["defaulted"], test_size=0.25, random_state=7)
print(RandomForestClassifier(random_state=0).fit(X_train, y_train).score(X_test, y_test))
