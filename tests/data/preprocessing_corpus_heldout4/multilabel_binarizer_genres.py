import pandas as pd
from sklearn.preprocessing import MultiLabelBinarizer
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestRegressor

movies = pd.read_csv("tmdb_5000_movies_clean.csv")
movies["genre_list"] = movies["genres"].str.split("|")
mlb = MultiLabelBinarizer()
genre_matrix = pd.DataFrame(mlb.fit_transform(movies["genre_list"]), columns=mlb.classes_, index=movies.index)
X = pd.concat([movies[["budget", "runtime", "popularity"]], genre_matrix], axis=1)

X_train, X_test, y_train, y_test = train_test_split(X, movies["vote_average"], test_size=0.2, random_state=2)
rf = RandomForestRegressor(n_estimators=300, min_samples_leaf=2).fit(X_train, y_train)
print("R2:", rf.score(X_test, y_test))
